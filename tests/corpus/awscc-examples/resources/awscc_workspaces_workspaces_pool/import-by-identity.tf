import {
  to = awscc_workspaces_workspaces_pool.example
  identity = {
    pool_id = "pool_id"
  }
}
