import {
  to = awscc_appconfig_hosted_configuration_version.example
  id = "application_id|configuration_profile_id|version_number"
}