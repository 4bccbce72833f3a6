import { registerSameOriginIcons } from './ui/wa-icons.js';
import './app/sw-app.js';

// Runs before the first render (imports evaluate first, elements render in a later microtask).
registerSameOriginIcons();
