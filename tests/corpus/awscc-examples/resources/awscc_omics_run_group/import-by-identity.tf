import {
  to = awscc_omics_run_group.example
  identity = {
    id = "id"
  }
}
