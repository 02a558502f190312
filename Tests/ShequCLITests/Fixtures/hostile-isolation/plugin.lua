-- Hooks that reach the plugin worker's test faults: they stand for holes in the C parts
-- of the sandbox. shequ.__test_* exist only in a worker started with
-- SHEQU_PLUGIN_WORKER_TEST_FAULTS=1 in the host's environment.
return {
  id = "tests.hostile_isolation",
  version = "1.0.0",
  api = 1,
  hooks = {
    crash = "faults.crash",
    spin = "faults.spin",
    echo = "faults.echo",
  },
}
