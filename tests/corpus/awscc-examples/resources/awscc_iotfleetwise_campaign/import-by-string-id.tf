import {
  to = awscc_iotfleetwise_campaign.example
  id = "name"
}