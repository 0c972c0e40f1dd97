import {
  to = awscc_medialive_network.example
  id = "id"
}