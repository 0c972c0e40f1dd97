import {
  to = awscc_fis_target_account_configuration.example
  id = "experiment_template_id|account_id"
}