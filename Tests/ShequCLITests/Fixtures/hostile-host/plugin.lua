-- A plugin that attacks the host's own memory and output, not the sandbox: values that
-- refer to one long string many times, huge or forged messages. `shequ plugin run|test`
-- must stop each one with a message naming the limit, with bounded memory and output.
return {
  id = "tests.hostile_host",
  version = "0.0.1",
  api = 1,
  title = "hostile\n[ERROR] forged title\27[2J",
  hooks = {
    many_references = "attacks.many_references",
    shared_tables = "attacks.shared_tables",
    log_arguments = "attacks.log_arguments",
    huge_error = "attacks.huge_error",
    huge_tostring = "attacks.huge_tostring",
    forged_error = "attacks.forged_error",
    forged_log = "attacks.forged_log",
    fits = "attacks.fits",
  },
}
