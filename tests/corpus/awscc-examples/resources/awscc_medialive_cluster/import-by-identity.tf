import {
  to = awscc_medialive_cluster.example
  identity = {
    id = "id"
  }
}
