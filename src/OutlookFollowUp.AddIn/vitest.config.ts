import { defineConfig } from "vitest/config";

// Front-end unit tests run in Node: the logic is kept apart from the DOM and Office.js.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    reporters: ["default", ["junit", { outputFile: process.env.VITEST_JUNIT ?? "test-results/junit.xml" }]],
  },
});
