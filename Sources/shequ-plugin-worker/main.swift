import ShequLua

// The child process a plugin runs in under process isolation: it confines itself,
// then serves the host that started it over standard input and output.
PluginWorker.main()
