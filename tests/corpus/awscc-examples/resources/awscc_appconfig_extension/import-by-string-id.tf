import {
  to = awscc_appconfig_extension.example
  id = "id"
}