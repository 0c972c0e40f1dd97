import {
  to = awscc_workspaces_workspaces_pool.example
  id = "pool_id"
}