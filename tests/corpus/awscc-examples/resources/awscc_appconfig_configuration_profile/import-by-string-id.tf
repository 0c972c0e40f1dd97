import {
  to = awscc_appconfig_configuration_profile.example
  id = "application_id|configuration_profile_id"
}