import {
  to = awscc_ssm_patch_baseline.example
  identity = {
    id = "id"
  }
}
