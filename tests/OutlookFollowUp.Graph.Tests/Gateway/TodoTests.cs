using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Graph.Tests.Infrastructure;
using OutlookFollowUp.Simulator;

namespace OutlookFollowUp.Graph.Tests.Gateway;

public sealed class TodoTests
{
    [Fact]
    public async Task EnsureTaskListAsync_NoList_CreatesInterviewFollowUpsOnce()
    {
        using var h = new GatewayHarness();

        var first = await h.Gateway.EnsureTaskListAsync(CancellationToken.None);
        var again = await h.Gateway.EnsureTaskListAsync(CancellationToken.None);
        var fromAnotherGateway = await h.NewGateway().EnsureTaskListAsync(CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(first, fromAnotherGateway);
        var list = Assert.Single(h.Simulator.GetTodoLists(), l => l["displayName"]!.GetValue<string>() == GraphMailboxGateway.TaskListName);
        Assert.Equal(first, list["id"]!.GetValue<string>());
        Assert.Equal(1, h.Count("POST", "/me/todo/lists"));
    }

    [Fact]
    public async Task EnsureTaskListAsync_TwoCallsRace_CreateOneList()
    {
        using var h = new GatewayHarness(latency: TimeSpan.FromMilliseconds(30));

        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => h.Gateway.EnsureTaskListAsync(CancellationToken.None)));

        Assert.Single(ids.Distinct());
        Assert.Equal(1, h.Count("POST", "/me/todo/lists"));
        Assert.Single(h.Simulator.GetTodoLists(), l => l["displayName"]!.GetValue<string>() == GraphMailboxGateway.TaskListName);
    }

    [Fact]
    public async Task EnsureTaskListAsync_LostResponseOnCreate_FindsTheListItCreated()
    {
        using var h = new GatewayHarness();
        h.Simulator.InjectFault(RequestMatch.For("POST", "/me/todo/lists"), SimulatedFault.LostResponse());

        var id = await h.Gateway.EnsureTaskListAsync(CancellationToken.None);

        var list = Assert.Single(h.Simulator.GetTodoLists(), l => l["displayName"]!.GetValue<string>() == GraphMailboxGateway.TaskListName);
        Assert.Equal(id, list["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task EnsureTasksAsync_NewKey_CreatesTaskWithDueReminderAndLinkedResource()
    {
        using var h = new GatewayHarness();
        var listId = await h.Gateway.EnsureTaskListAsync(CancellationToken.None);
        var request = Tasks.Request("statuscheck:ical-1", new DateOnly(2026, 11, 24));

        var result = Assert.Single(await h.Gateway.EnsureTasksAsync(listId, [request], CancellationToken.None));

        Assert.True(result.Item!.Created);
        var task = Assert.Single(h.Simulator.GetTasks(listId));
        Assert.Equal(result.Item.Id, task["id"]!.GetValue<string>());
        Assert.Equal("Check in about Data Analyst", task["title"]!.GetValue<string>());
        Assert.Equal("notStarted", task["status"]!.GetValue<string>());
        Assert.StartsWith("2026-11-24", task["dueDateTime"]!["dateTime"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(task["isReminderOn"]!.GetValue<bool>());
        // 09:00 at UTC-5 is 14:00 UTC.
        Assert.StartsWith("2026-11-24T14:00:00", task["reminderDateTime"]!["dateTime"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("UTC", task["reminderDateTime"]!["timeZone"]!.GetValue<string>());
        var link = Assert.Single(task["linkedResources"]!.AsArray());
        Assert.Equal("statuscheck:ical-1", link!["externalId"]!.GetValue<string>());
        Assert.Equal("https://outlook.office365.com/owa/?itemid=E1", link["webUrl"]!.GetValue<string>());
        Assert.Equal(GraphMailboxGateway.ApplicationName, link["applicationName"]!.GetValue<string>());
        Assert.Equal("Interview: Data Analyst - Contoso", link["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task EnsureTasksAsync_CalledAgainFromAnotherGateway_CreatesNothing()
    {
        using var h = new GatewayHarness();
        var listId = await h.Gateway.EnsureTaskListAsync(CancellationToken.None);
        var requests = Enumerable.Range(0, 3).Select(i => Tasks.Request($"statuscheck:ical-{i}")).ToList();
        var first = await h.Gateway.EnsureTasksAsync(listId, requests, CancellationToken.None);
        h.Simulator.ClearLog();

        var second = await h.NewGateway().EnsureTasksAsync(listId, requests, CancellationToken.None);

        Assert.All(second, r => Assert.False(r.Item!.Created));
        Assert.Equal(first.Select(r => r.Item!.Id), second.Select(r => r.Item!.Id));
        Assert.Equal(0, h.Count("POST", "/me/todo"));
        Assert.Equal(3, h.Simulator.GetTasks(listId).Count);
    }

    [Fact]
    public async Task EnsureTasksAsync_LostResponseOnCreate_EndsWithOneTaskPerKey()
    {
        using var h = new GatewayHarness();
        var listId = await h.Gateway.EnsureTaskListAsync(CancellationToken.None);
        h.Simulator.InjectFault(RequestMatch.Where((m, p) => m == "POST" && p.EndsWith("/tasks", StringComparison.Ordinal)), SimulatedFault.LostResponse(), times: 2);

        var results = await h.Gateway.EnsureTasksAsync(listId, Enumerable.Range(0, 3).Select(i => Tasks.Request($"statuscheck:ical-{i}")).ToList(), CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Succeeded));
        var keys = h.Simulator.GetTasks(listId).Select(t => t["linkedResources"]![0]!["externalId"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(["statuscheck:ical-0", "statuscheck:ical-1", "statuscheck:ical-2"], keys);
    }

    [Fact]
    public async Task GetTasksAsync_ManyTasks_ReadsEveryPageWithDueAndReminder()
    {
        using var h = new GatewayHarness();
        var listId = await h.Gateway.EnsureTaskListAsync(CancellationToken.None);
        await h.Gateway.EnsureTasksAsync(listId, Enumerable.Range(0, 25).Select(i => Tasks.Request($"statuscheck:ical-{i}", new DateOnly(2026, 12, 1).AddDays(i % 5))).ToList(), CancellationToken.None);

        var tasks = await h.Gateway.GetTasksAsync(listId, CancellationToken.None);

        Assert.NotNull(tasks);
        Assert.Equal(25, tasks.Count);
        var one = tasks["statuscheck:ical-7"];
        Assert.Equal(new DateOnly(2026, 12, 3), one.Due);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero), one.RemindAt);
        Assert.False(one.Completed);
        Assert.Equal("Check in about Data Analyst", one.Title);
    }

    [Fact]
    public async Task UpdateTaskAsync_Complete_MarksTheTaskCompleted()
    {
        using var h = new GatewayHarness();
        var listId = await h.Gateway.EnsureTaskListAsync(CancellationToken.None);
        var id = (await h.Gateway.EnsureTasksAsync(listId, [Tasks.Request("statuscheck:ical-1")], CancellationToken.None))[0].Item!.Id;

        await h.Gateway.UpdateTaskAsync(listId, id, new TaskUpdate(Completed: true, Title: "[Cancelled] Check in"), CancellationToken.None);

        var task = Assert.Single(h.Simulator.GetTasks(listId));
        Assert.Equal("completed", task["status"]!.GetValue<string>());
        Assert.Equal("[Cancelled] Check in", task["title"]!.GetValue<string>());
        Assert.True((await h.Gateway.GetTasksAsync(listId, CancellationToken.None))!["statuscheck:ical-1"].Completed);
    }

    [Fact]
    public async Task UpdateTaskAsync_Move_ChangesDueDateAndReminder()
    {
        using var h = new GatewayHarness();
        var listId = await h.Gateway.EnsureTaskListAsync(CancellationToken.None);
        var id = (await h.Gateway.EnsureTasksAsync(listId, [Tasks.Request("statuscheck:ical-1", new DateOnly(2026, 11, 24))], CancellationToken.None))[0].Item!.Id;

        await h.Gateway.UpdateTaskAsync(listId, id, new TaskUpdate(Due: new DateOnly(2026, 11, 27), RemindAt: new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(-5))), CancellationToken.None);

        var snapshot = (await h.Gateway.GetTasksAsync(listId, CancellationToken.None))!["statuscheck:ical-1"];
        Assert.Equal(new DateOnly(2026, 11, 27), snapshot.Due);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 14, 0, 0, TimeSpan.Zero), snapshot.RemindAt);
        Assert.False(snapshot.Completed);
        Assert.True(Assert.Single(h.Simulator.GetTasks(listId))["isReminderOn"]!.GetValue<bool>());
    }
}
