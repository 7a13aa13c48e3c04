using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookFollowUp.Simulator.Tests.Infrastructure;
using GraphTaskStatus = Microsoft.Graph.Models.TaskStatus;

namespace OutlookFollowUp.Simulator.Tests.Todo;

public sealed class TodoTests
{
    [Fact]
    public async Task ListLists_FreshMailbox_HasBuiltInDefaultTasksList()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());

        var lists = await Graph.Client(sim).Me.Todo.Lists.GetAsync();

        var list = Assert.Single(lists!.Value!);
        Assert.Equal("Tasks", list.DisplayName);
        Assert.Equal(WellknownListName.DefaultList, list.WellknownListName);
    }

    [Fact]
    public async Task TodoLifecycle_ListTaskLinkedResourcePatchCompleted_BehavesLikeToDo()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 10, 20, 0, 0, TimeSpan.Zero));
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { TimeProvider = clock });
        var graph = Graph.Client(sim);

        // Arrange: our own list
        var list = await graph.Me.Todo.Lists.PostAsync(new TodoTaskList { DisplayName = "Interview follow-ups" });
        Assert.Equal(WellknownListName.None, list!.WellknownListName);

        // Act 1: a task with an inline linked resource, due at 15:00 Eastern with a reminder
        var created = await graph.Me.Todo.Lists[list.Id].Tasks.PostAsync(new TodoTask
        {
            Title = "Status check: Lucerne Publishing",
            DueDateTime = new DateTimeTimeZone { DateTime = "2026-11-16T15:00:00", TimeZone = "Eastern Standard Time" },
            ReminderDateTime = new DateTimeTimeZone { DateTime = "2026-11-16T09:00:00", TimeZone = "Eastern Standard Time" },
            IsReminderOn = true,
            LinkedResources =
            [
                new LinkedResource { ExternalId = "statuscheck:ical-1", ApplicationName = "Interview follow-up", DisplayName = "Interview", WebUrl = "https://example.test/i/1" },
            ],
        });

        Assert.Equal(GraphTaskStatus.NotStarted, created!.Status);
        Assert.Equal("2026-11-16T05:00:00.0000000", created.DueDateTime!.DateTime); // midnight Eastern, in UTC
        Assert.Equal("UTC", created.DueDateTime.TimeZone);
        Assert.Equal("2026-11-16T14:00:00.0000000", created.ReminderDateTime!.DateTime);
        var resource = Assert.Single(created.LinkedResources!);
        Assert.False(string.IsNullOrEmpty(resource.Id));
        Assert.Equal(("statuscheck:ical-1", "Interview follow-up", "https://example.test/i/1"), (resource.ExternalId, resource.ApplicationName, resource.WebUrl));

        // Act 2: list without and with $expand
        var plain = await graph.Me.Todo.Lists[list.Id].Tasks.GetAsync();
        var expanded = await graph.Me.Todo.Lists[list.Id].Tasks.GetAsync(rc => rc.QueryParameters.Expand = ["linkedResources"]);
        Assert.Null(Assert.Single(plain!.Value!).LinkedResources);
        Assert.Equal("statuscheck:ical-1", Assert.Single(Assert.Single(expanded!.Value!).LinkedResources!).ExternalId);

        // Act 3: a reply arrived, complete it
        clock.Advance(TimeSpan.FromDays(2));
        var completed = await graph.Me.Todo.Lists[list.Id].Tasks[created.Id].PatchAsync(new TodoTask { Status = GraphTaskStatus.Completed });

        Assert.Equal(GraphTaskStatus.Completed, completed!.Status);
        Assert.Equal("2026-11-12T20:00:00.0000000", completed.CompletedDateTime!.DateTime);
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 20, 0, 0, TimeSpan.Zero), completed.LastModifiedDateTime);
        var stored = Assert.Single(sim.GetTasks(list.Id!));
        Assert.Equal("completed", stored["status"]!.GetValue<string>());
        Assert.Single(stored["linkedResources"]!.AsArray());
    }

    [Fact]
    public async Task ListTasks_FilterOnStatus_ReturnsOpenTasksOnly()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var graph = Graph.Client(sim);
        var listId = (await graph.Me.Todo.Lists.GetAsync())!.Value![0].Id;
        await graph.Me.Todo.Lists[listId].Tasks.PostAsync(new TodoTask { Title = "open" });
        await graph.Me.Todo.Lists[listId].Tasks.PostAsync(new TodoTask { Title = "done", Status = GraphTaskStatus.Completed });

        var open = await graph.Me.Todo.Lists[listId].Tasks.GetAsync(rc => rc.QueryParameters.Filter = "status ne 'completed'");

        Assert.Equal("open", Assert.Single(open!.Value!).Title);
    }

    [Fact]
    public async Task PatchTask_UnknownTask_Throws404()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var graph = Graph.Client(sim);
        var listId = (await graph.Me.Todo.Lists.GetAsync())!.Value![0].Id;

        var ex = await Assert.ThrowsAsync<ODataError>(() => graph.Me.Todo.Lists[listId].Tasks["nope"].PatchAsync(new TodoTask { Title = "x" }));

        Assert.Equal(404, ex.ResponseStatusCode);
    }

    [Fact]
    public async Task CreateList_WithoutDisplayName_Throws400()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());

        var ex = await Assert.ThrowsAsync<ODataError>(() => Graph.Client(sim).Me.Todo.Lists.PostAsync(new TodoTaskList()));

        Assert.Equal(400, ex.ResponseStatusCode);
    }
}
