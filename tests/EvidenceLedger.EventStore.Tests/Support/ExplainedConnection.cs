using Npgsql;

namespace EvidenceLedger.EventStore.Tests.Support;

/// <summary>A connection on which auto_explain sends the plan of every statement, nested ones included, as a notice.</summary>
internal sealed class ExplainedConnection : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private ExplainedConnection(NpgsqlConnection connection)
    {
        _connection = connection;
        _connection.Notice += (_, e) => Plans.Add(e.Notice.MessageText);
    }

    /// <summary>The plans of the statements executed so far (cleared by the caller between them).</summary>
    public List<string> Plans { get; } = [];

    /// <param name="settings">Planner settings for the session, as SET statements.</param>
    public static async Task<ExplainedConnection> OpenAsync(string adminConnectionString, string settings)
    {
        var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        var explained = new ExplainedConnection(connection);
        await explained.ExecuteAsync($"""
            LOAD 'auto_explain';
            SET auto_explain.log_min_duration = 0;
            SET auto_explain.log_nested_statements = on;
            SET auto_explain.log_level = notice;
            {settings}
            """);
        return explained;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
