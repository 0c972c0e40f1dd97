import {
  to = awscc_medialive_channel_placement_group.example
  id = "id|cluster_id"
}