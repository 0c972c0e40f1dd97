resource "awscc_devopsagent_agent_space" "example" {
  name        = "example-agent-space"
  description = "Example DevOps agent space"
}
