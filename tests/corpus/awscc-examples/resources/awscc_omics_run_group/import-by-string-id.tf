import {
  to = awscc_omics_run_group.example
  id = "id"
}