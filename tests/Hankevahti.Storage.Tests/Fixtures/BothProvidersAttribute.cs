using System.Reflection;
using Hankevahti.Storage.Database;
using Xunit.Sdk;

namespace Hankevahti.Storage.Tests.Fixtures;

/// <summary>
/// Runs a theory once per database provider. Every provider the app supports is listed here, so a
/// storage test cannot be written for one provider only by accident.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Enum.GetValues<DatabaseProvider>().Select(p => new object[] { p });
}
