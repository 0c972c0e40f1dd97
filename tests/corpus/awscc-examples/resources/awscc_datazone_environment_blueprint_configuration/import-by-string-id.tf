import {
  to = awscc_datazone_environment_blueprint_configuration.example
  id = "domain_id|environment_blueprint_id"
}