import { registerSameOriginIcons } from './components/wa-icons.js';
import './components/sw-app.js';

// Runs before the first render (imports evaluate first, elements render in a later microtask).
registerSameOriginIcons();
