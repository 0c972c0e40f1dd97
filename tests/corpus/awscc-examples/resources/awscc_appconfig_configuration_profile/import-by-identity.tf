import {
  to = awscc_appconfig_configuration_profile.example
  identity = {
    application_id           = "application_id"
    configuration_profile_id = "configuration_profile_id"
  }
}
