import {
  to = awscc_pcaconnectorad_service_principal_name.example
  id = "connector_arn|directory_registration_arn"
}