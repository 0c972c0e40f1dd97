import {
  to = awscc_pcaconnectorad_connector.example
  identity = {
    connector_arn = "connector_arn"
  }
}
