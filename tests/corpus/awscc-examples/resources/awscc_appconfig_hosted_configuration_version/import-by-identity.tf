import {
  to = awscc_appconfig_hosted_configuration_version.example
  identity = {
    application_id           = "application_id"
    configuration_profile_id = "configuration_profile_id"
    version_number           = "version_number"
  }
}
