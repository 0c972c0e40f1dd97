import {
  to = awscc_backup_tiering_configuration.example
  id = "tiering_configuration_name"
}