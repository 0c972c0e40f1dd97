import {
  to = awscc_pcaconnectorscep_connector.example
  identity = {
    connector_arn = "connector_arn"
  }
}
