import {
  to = awscc_appconfig_extension.example
  identity = {
    id = "id"
  }
}
