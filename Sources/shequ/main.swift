import ShequCLI

await ShequCommand.launch()
