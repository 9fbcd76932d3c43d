using EvidenceLedger.Server.CommandLine;

return await LedgerCommandLine.Create().Parse(args).InvokeAsync();
