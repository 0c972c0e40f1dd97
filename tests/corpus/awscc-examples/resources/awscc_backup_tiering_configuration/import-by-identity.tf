import {
  to = awscc_backup_tiering_configuration.example
  identity = {
    tiering_configuration_name = "tiering_configuration_name"
  }
}
