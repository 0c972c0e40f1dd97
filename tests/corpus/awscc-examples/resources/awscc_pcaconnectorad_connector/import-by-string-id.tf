import {
  to = awscc_pcaconnectorad_connector.example
  id = "connector_arn"
}