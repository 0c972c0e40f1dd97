import {
  to = awscc_medialive_cluster.example
  id = "id"
}