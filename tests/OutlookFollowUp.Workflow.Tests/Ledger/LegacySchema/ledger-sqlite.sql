CREATE TABLE "follow_ups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_follow_ups" PRIMARY KEY AUTOINCREMENT,
    "MailboxId" TEXT NOT NULL,
    "FollowUpId" TEXT NOT NULL,
    "EventId" TEXT NOT NULL,
    "Role" TEXT NULL,
    "Company" TEXT NULL,
    "InterviewEnd" TEXT NOT NULL,
    "InterviewEndDate" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "RespondBy" TEXT NULL,
    "StatusCheckDue" TEXT NULL,
    "RemindAt" TEXT NULL,
    "StatusCheckTo" TEXT NULL,
    "EmployerDomains" TEXT NOT NULL,
    "EmployerAddresses" TEXT NOT NULL,
    "SchedulingAddress" TEXT NULL,
    "TaskListId" TEXT NULL,
    "TaskId" TEXT NULL,
    "StatusCheckDraftId" TEXT NULL,
    "AutoMode" INTEGER NULL,
    "DueSetByUser" INTEGER NOT NULL,
    "DetectedAt" TEXT NOT NULL,
    "DraftedAt" TEXT NULL,
    "ScheduledAt" TEXT NULL,
    "StatusCheckDraftedAt" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "CompletedReason" TEXT NULL,
    "ReplyMessageId" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL
);


CREATE TABLE "scan_runs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_scan_runs" PRIMARY KEY AUTOINCREMENT,
    "MailboxId" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL,
    "Outcome" TEXT NOT NULL,
    "DraftsCreated" INTEGER NOT NULL,
    "TasksCreated" INTEGER NOT NULL,
    "Completed" INTEGER NOT NULL,
    "GraphRequests" INTEGER NOT NULL
);


CREATE TABLE "drafts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_drafts" PRIMARY KEY AUTOINCREMENT,
    "FollowUpRecordId" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_drafts_follow_ups_FollowUpRecordId" FOREIGN KEY ("FollowUpRecordId") REFERENCES "follow_ups" ("Id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "IX_drafts_FollowUpRecordId_Key" ON "drafts" ("FollowUpRecordId", "Key");


CREATE UNIQUE INDEX "IX_follow_ups_MailboxId_FollowUpId" ON "follow_ups" ("MailboxId", "FollowUpId");


CREATE INDEX "IX_follow_ups_MailboxId_State" ON "follow_ups" ("MailboxId", "State");


CREATE INDEX "IX_scan_runs_MailboxId_StartedAt" ON "scan_runs" ("MailboxId", "StartedAt");


