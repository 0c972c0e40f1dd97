import {
  to = awscc_appconfig_extension_association.example
  identity = {
    id = "id"
  }
}
