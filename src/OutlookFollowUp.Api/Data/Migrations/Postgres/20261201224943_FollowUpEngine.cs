using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookFollowUp.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FollowUpEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_work_items_DedupeKey",
                table: "work_items");

            // A database from before this index may hold identical pending items: keep the oldest of each.
            migrationBuilder.Sql(
                "UPDATE \"work_items\" SET \"CompletedAt\" = \"CreatedAt\", \"LastError\" = 'merged into an identical pending item' " +
                "WHERE \"CompletedAt\" IS NULL AND \"Id\" NOT IN (SELECT MIN(\"Id\") FROM \"work_items\" WHERE \"CompletedAt\" IS NULL GROUP BY \"DedupeKey\");");

            migrationBuilder.CreateIndex(
                name: "IX_work_items_DedupeKey_Pending",
                table: "work_items",
                column: "DedupeKey",
                unique: true,
                filter: "\"CompletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_work_items_DedupeKey_Pending",
                table: "work_items");

            migrationBuilder.CreateIndex(
                name: "IX_work_items_DedupeKey",
                table: "work_items",
                column: "DedupeKey");
        }
    }
}
