import {
  to = awscc_medialive_network.example
  identity = {
    id = "id"
  }
}
