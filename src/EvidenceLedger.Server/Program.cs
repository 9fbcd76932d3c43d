using EvidenceLedger.Server.CommandLine;

return await LedgerCommandLine.RunAsync(args);
