import {
  to = awscc_iotfleetwise_campaign.example
  identity = {
    name = "name"
  }
}
