import {
  to = awscc_medialive_channel_placement_group.example
  identity = {
    id         = "id"
    cluster_id = "cluster_id"
  }
}
