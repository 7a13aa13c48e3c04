using OutlookFollowUp.Api.Activity;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Defaults;
using OutlookFollowUp.Api.Demo;
using OutlookFollowUp.Api.Interviews;
using OutlookFollowUp.Api.Jobs;
using OutlookFollowUp.Api.Mailbox;
using OutlookFollowUp.Api.Notifications;
using OutlookFollowUp.Api.Privacy;
using OutlookFollowUp.Api.Settings;

var builder = WebApplication.CreateBuilder(args);

builder.AddFollowUpDefaults();
builder.AddFollowUpData();
builder.AddFollowUpAuth();
builder.AddFollowUpMailbox();
builder.AddFollowUpInterviews();
builder.AddFollowUpJobs();
builder.AddFollowUpDemo();

var app = builder.Build();

app.UseFollowUpSecurityHeaders();
app.MapFollowUpDemo();
app.UseFollowUpDefaults();
app.MapInterviewsApi();
app.MapSettingsApi();
app.MapActivityApi();
app.MapPrivacyApi();
app.MapNotificationsApi();

await app.InitializeFollowUpDatabaseAsync();
await app.RunAsync();
