import {
  to = awscc_datazone_environment_blueprint_configuration.example
  identity = {
    domain_id                = "domain_id"
    environment_blueprint_id = "environment_blueprint_id"
  }
}
