import {
  to = awscc_location_tracker.example
  identity = {
    tracker_name = "tracker_name"
  }
}
