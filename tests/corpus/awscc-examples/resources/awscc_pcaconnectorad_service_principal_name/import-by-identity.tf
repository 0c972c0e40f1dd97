import {
  to = awscc_pcaconnectorad_service_principal_name.example
  identity = {
    connector_arn              = "connector_arn"
    directory_registration_arn = "directory_registration_arn"
  }
}
