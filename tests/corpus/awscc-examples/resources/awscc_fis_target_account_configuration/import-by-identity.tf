import {
  to = awscc_fis_target_account_configuration.example
  identity = {
    experiment_template_id = "experiment_template_id"
    account_id             = "account_id"
  }
}
