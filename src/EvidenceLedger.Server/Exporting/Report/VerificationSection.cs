using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>How to check the bundle, the signed checkpoint and key it is checked against, and every event's hashes and leaf.</summary>
internal static class VerificationSection
{
    public static void Write(HtmlText html, ReportModel model)
    {
        var checkpoint = model.Description.Checkpoint;
        html.Raw("<section>\n<h2>").Text("Verification").Raw("</h2>\n<ol class=\"steps\">\n")
            .Raw("<li>").Text("Every file of the bundle is listed with its SHA-256 in ").Code(BundlePaths.Manifest)
            .Text("; in the unzipped bundle, ").Code("sha256sum -c manifest.sha256").Text(" checks them all.").Raw("</li>\n")
            .Raw("<li>").Text("Each event's hash is SHA-256 of “EvidenceLedger/event/v1”, a zero byte, the previous event's hash (32 zero bytes for version 1), "
                + "the version as 8 bytes big-endian, and the event's canonical (RFC 8785) body, which the stream files give as ")
            .Code("canonicalBody").Text(". Each event names the previous one's hash, so no event can be changed, removed or reordered unnoticed.").Raw("</li>\n")
            .Raw("<li>").Text("Each event's leaf, SHA-256(0x00 ‖ hash), is proven (RFC 9162) to be in the ledger's Merkle tree of ").Number(checkpoint.TreeSize)
            .Text(" leaves, whose root the ledger signed in the checkpoint below.").Raw("</li>\n")
            .Raw("<li>").Text("The checkpoint is a C2SP signed note; it must verify with the ledger's Ed25519 key below — compare the key with the one the ledger publishes.").Raw("</li>\n")
            .Raw("<li>").Text("Replaying the events through the ledger's view builders gives exactly the views in ").Code(BundlePaths.AsOfExportView)
            .Text(", which this report shows.").Raw("</li>\n")
            .Raw("<li>").Code("./ops/ledger verify-bundle FILE").Text(" does all of the above without a database or network; ")
            .Code(BundlePaths.HowToVerify).Text(" explains each step by hand.").Raw("</li>\n</ol>\n");

        html.Raw("<h3>").Text("Signed checkpoint").Raw("</h3>\n<pre>").Text(model.CheckpointNote).Raw("</pre>\n")
            .Raw("<h3>").Text("Ledger public key").Raw("</h3>\n<p>").Code(model.Description.PublicKey.VerifierKey).Raw("</p>\n");

        html.Raw("<h3>").Text("Event hashes").Raw("</h3>\n");
        foreach (var stream in model.Streams)
        {
            html.Raw("<h4>").Code(stream.StreamId).Raw("</h4>\n<table class=\"hashes\">\n")
                .HeaderRow("Version", "Type", "Leaf", "Hash", "Previous hash").Raw("<tbody>\n");
            foreach (var exported in stream.Events)
            {
                html.Row(
                    h => h.Number(exported.Version),
                    h => h.Text(exported.Type + (exported.IsWithheld ? " (content withheld)" : "")),
                    h => h.Number(exported.LeafIndex),
                    h => h.Text(exported.Hash),
                    h => h.Text(exported.PreviousHash ?? "—"));
            }
            html.Raw("</tbody>\n</table>\n");
        }
        html.Raw("</section>\n");
    }
}
