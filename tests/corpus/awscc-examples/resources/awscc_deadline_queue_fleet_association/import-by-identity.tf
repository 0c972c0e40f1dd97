import {
  to = awscc_deadline_queue_fleet_association.example
  identity = {
    farm_id  = "farm_id"
    fleet_id = "fleet_id"
    queue_id = "queue_id"
  }
}
