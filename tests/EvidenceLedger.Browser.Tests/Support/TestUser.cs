// LedgerServer.RegisterAsync's user, by the name every browser test uses, without each importing EvidenceLedger.Testing.Server.
global using TestUser = EvidenceLedger.Testing.Server.TestUser;
