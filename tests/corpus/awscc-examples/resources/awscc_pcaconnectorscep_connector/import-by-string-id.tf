import {
  to = awscc_pcaconnectorscep_connector.example
  id = "connector_arn"
}