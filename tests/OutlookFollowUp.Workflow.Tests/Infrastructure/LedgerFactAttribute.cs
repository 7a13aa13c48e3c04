using Xunit.Abstractions;
using Xunit.Sdk;

namespace OutlookFollowUp.Workflow.Tests.Infrastructure;

/// <summary>Marks a test class whose ledger is PostgreSQL: its <see cref="LedgerFactAttribute"/> tests skip without a server.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;

/// <summary>
/// A fact that runs once per concrete test class (one per ledger kind); in a <see cref="RequiresPostgresAttribute"/>
/// class it is skipped with "PostgreSQL not available (set FOLLOWUP_TEST_POSTGRES)" when no server is configured.
/// </summary>
[XunitTestCaseDiscoverer("OutlookFollowUp.Workflow.Tests.Infrastructure.LedgerFactDiscoverer", "OutlookFollowUp.Workflow.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class LedgerFactAttribute : FactAttribute;

public sealed class LedgerFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any() && PostgresLedger.ServerConnectionString is null)
        {
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, PostgresLedger.SkipReason)];
        }

        return [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}
